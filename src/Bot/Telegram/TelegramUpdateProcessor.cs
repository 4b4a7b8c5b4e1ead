using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Secrets;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// Answers one update: a command in a message or channel post gets a reply (in its forum topic), a button press edits
/// the message in place and is always answered. A failing command gets a short apology and never stops polling.
/// Every reply, edit and callback answer goes through <see cref="TelegramPacedApi"/>, so it is paced, never refused.
/// </summary>
public sealed class TelegramUpdateProcessor(
    ITelegramBotClient bot,
    TelegramPacedApi paced,
    string botUsername,
    PostIndexHolder posts,
    CommandHandler handler,
    TelegramChatFloodGate flood,
    TelegramLanguage forcedLanguage,
    SecretRedactor redactor,
    ILogger logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>The bot's own work for a command message: parse, handle, render. Null when it is not for us.</summary>
    public TelegramCommandReply? Plan(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Text is not { } text || CommandParser.Parse(text, botUsername) is not { } command)
        {
            return null;
        }

        var reply = handler.Handle(command, posts.Current, LanguageOf(message.From));
        return new TelegramCommandReply(message.Chat.Id, TopicOf(message), TelegramReplyRenderer.Render(reply));
    }

    public Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { CallbackQuery: { } query } => HandleCallbackAsync(query, cancellationToken),
            { Message: { } message } => HandleMessageAsync(message, cancellationToken),
            { ChannelPost: { } post } => HandleMessageAsync(post, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var language = LanguageOf(message.From);
        try
        {
            if (message.Text is not { } text || CommandParser.Parse(text, botUsername) is null)
            {
                return;
            }

            var decision = flood.Check(message.Chat.Id, UserOf(message));
            if (decision == FloodDecision.Ignore)
            {
                return;
            }

            if (decision == FloodDecision.SlowDown)
            {
                TelegramLog.ChatFlooding(logger, message.Chat.Id);
                await SendTextAsync(message, TelegramTexts.SlowDown(language), cancellationToken);
                return;
            }

            var planned = Plan(message)!;
            await paced.SendAsync(planned.ChatId, TelegramSendKind.Reply, RequesterOf(message), ct => bot.SendMessage(
                chatId: planned.ChatId,
                text: planned.Reply.Html,
                parseMode: ParseMode.Html,
                replyMarkup: planned.Reply.Keyboard,
                linkPreviewOptions: NoPreview,
                messageThreadId: planned.ThreadId,
                cancellationToken: ct), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            TelegramLog.CommandFailed(logger, message.Chat.Id, redactor.Describe(ex));
            await TryAsync(() => SendTextAsync(message, TelegramTexts.Apology(language), cancellationToken));
        }
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var language = LanguageOf(query.From);
        string? notice = null;
        try
        {
            notice = await EditForButtonAsync(query, language, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            TelegramLog.CommandFailed(logger, query.Message?.Chat.Id ?? 0, redactor.Describe(ex));
            notice = TelegramTexts.Apology(language);
        }
        finally
        {
            // Always answered: the user's client shows a spinner until it is.
            await TryAsync(() => paced.CallAsync(ct => bot.AnswerCallbackQuery(query.Id, notice, cancellationToken: ct), cancellationToken));
        }
    }

    /// <summary>Edits the button's message to the new page or category; returns a notice for the answer, if any.</summary>
    private async Task<string?> EditForButtonAsync(CallbackQuery query, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (query.Message is not { } message || query.Data is not { } data)
        {
            return TelegramTexts.StaleButton(language);
        }

        if (flood.Check(message.Chat.Id, query.From.Id) != FloodDecision.Allow)
        {
            return TelegramTexts.SlowDown(language);
        }

        var index = posts.Current;
        if (CommandPayload.Decode(data, index) is not { } command)
        {
            return TelegramTexts.StaleButton(language);
        }

        var reply = TelegramReplyRenderer.Render(handler.Handle(command, index, language));
        try
        {
            var requester = query.From.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await paced.SendAsync(message.Chat.Id, TelegramSendKind.Reply, requester, ct => bot.EditMessageText(
                chatId: message.Chat.Id,
                messageId: message.Id,
                text: reply.Html,
                parseMode: ParseMode.Html,
                replyMarkup: reply.Keyboard,
                linkPreviewOptions: NoPreview,
                cancellationToken: ct), cancellationToken);
        }
        catch (Exception ex) when (TelegramErrorMapper.IsNotModified(ex))
        {
            // The same page pressed twice: nothing to change.
        }

        return null;
    }

    private Task<Message> SendTextAsync(Message message, string text, CancellationToken cancellationToken) =>
        paced.SendAsync(message.Chat.Id, TelegramSendKind.Reply, RequesterOf(message), ct =>
            bot.SendMessage(message.Chat.Id, text, messageThreadId: TopicOf(message), cancellationToken: ct), cancellationToken);

    /// <summary>Channel posts have no sender (the channel speaks): they share one allowance.</summary>
    private static long UserOf(Message message) => message.From?.Id ?? 0;

    private static string RequesterOf(Message message) => UserOf(message).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            TelegramLog.ReplyFailed(logger, redactor.Describe(ex));
        }
    }

    private ReplyLanguage LanguageOf(User? user) => forcedLanguage switch
    {
        TelegramLanguage.En => ReplyLanguage.English,
        TelegramLanguage.Zh => ReplyLanguage.Chinese,
        _ => ReplyLanguages.FromLanguageCode(user?.LanguageCode),
    };

    private static int? TopicOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;
}
