using Bot.Channels;
using Bot.Core.Channels;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Checks;

/// <summary>
/// When an enabled Telegram channel is configured or a token is set: <c>getMe</c> proves the token, then each Telegram channel
/// gets <c>getChat</c> and <c>getChatMember</c> for the bot itself. Nothing is sent.
/// </summary>
public sealed class TelegramCheck(
    TelegramBotClientProvider clients, IOptions<TelegramOptions> options, IConfiguration configuration, TimeProvider time) : ICheck
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public string Subject => "Telegram";

    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var channels = ChannelListReader.Read(configuration).Channels.Where(c => c.Enabled && c.Platform == ChannelPlatform.Telegram).ToList();
        var settings = options.Value;
        if (channels.Count == 0 && !settings.HasToken)
        {
            return [];
        }

        if (clients.Client is not { } bot)
        {
            return [CheckLine.Fail(Subject, "Telegram:Token is not set; Telegram channels need it (set the environment variable Telegram__Token).")];
        }

        var calls = new TelegramCheckCalls(clients.Redactor, settings.ApiBaseUrl, time, CallTimeout);
        var (me, problem) = await calls.AskAsync(ct => bot.GetMe(ct), cancellationToken);
        if (me is null)
        {
            return [CheckLine.Fail(Subject, $"getMe failed: {problem}")];
        }

        var lines = new List<CheckLine> { CheckLine.Pass(Subject, $"token valid; the bot is @{me.Username} (id {me.Id})") };
        foreach (var channel in channels)
        {
            lines.Add(await CheckChannelAsync(bot, calls, channel, me, cancellationToken));
        }

        return lines;
    }

    private static async Task<CheckLine> CheckChannelAsync(
        ITelegramBotClient bot, TelegramCheckCalls calls, ChannelOptions channel, User me, CancellationToken cancellationToken)
    {
        var subject = $"Telegram channel {channel.Name} ({channel.ChatId})";
        if (!TelegramChatTarget.TryParse(channel.ChatId, out var chatId))
        {
            return CheckLine.Fail(subject, "ChatId is neither a numeric chat id nor an @username.");
        }

        var (chat, chatProblem) = await calls.AskAsync(ct => bot.GetChat(chatId, ct), cancellationToken);
        if (chat is null)
        {
            return CheckLine.Fail(subject, $"getChat failed: {chatProblem}. Add the bot to the chat and check ChatId.");
        }

        var (member, memberProblem) = await calls.AskAsync(ct => bot.GetChatMember(chatId, me.Id, ct), cancellationToken);
        if (member is null)
        {
            return CheckLine.Fail(subject, $"getChatMember failed: {memberProblem}. Add the bot to the chat.");
        }

        var verdict = TelegramPostingRights.Judge(chat.Type, member);
        var where = $"{chat.Type.ToString().ToLowerInvariant()} \"{chat.Title ?? chat.Username ?? chat.FirstName}\"";
        return verdict is null
            ? CheckLine.Pass(subject, $"{where}: the bot can post ({member.Status.ToString().ToLowerInvariant()})")
            : CheckLine.Fail(subject, $"{where}: {verdict}");
    }
}
