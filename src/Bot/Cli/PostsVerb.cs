using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Configuration;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>
/// <c>posts [--repo PATH] [--category NAME] [--limit N] [--json] [--all]</c>: prints the post index newest first,
/// reading the same settings as the service. Skipped files are listed on stderr; errors are one line on stderr and a
/// non-zero exit code.
/// </summary>
public static class PostsVerb
{
    private static readonly Option<string?> RepoOption = new("--repo") { Description = "The blog folder to read instead of Repository:Path." };
    private static readonly Option<string?> CategoryOption = new("--category") { Description = "Only posts in this category (case-insensitive)." };
    private static readonly Option<int?> LimitOption = new("--limit") { Description = "At most this many posts." };
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print a JSON array." };
    private static readonly Option<bool> AllOption = new("--all") { Description = "Include drafts and scheduled posts, with their status." };

    public static Command Create()
    {
        var command = new Command("posts", "Print the post index, newest first.")
        {
            RepoOption, CategoryOption, LimitOption, JsonOption, AllOption,
        };
        command.SetAction((parse, _) =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            var request = new Request(parse.GetValue(BotCli.ConfigOption) ?? [], parse.GetValue(RepoOption), parse.GetValue(CategoryOption),
                parse.GetValue(LimitOption), parse.GetValue(JsonOption), parse.GetValue(AllOption));
            return Task.FromResult(Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        });
        return command;
    }

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (request.Limit is < 1)
        {
            error.WriteLine($"error: --limit must be 1 or more, not {request.Limit}.");
            return 2;
        }

        PostScan scan;
        try
        {
            var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
            var settings = PostReadingSettings.Load(BotConfiguration.Build(request.ConfigFiles, environment, reloadOnChange: false), request.Repo);
            var scanner = new PostRepositoryScanner(settings.Repository.Path, settings.Repository, settings.Summary, TimeProvider.System);
            scan = scanner.Scan(CancellationToken.None);
        }
        catch (Exception ex) when (ex is RepositoryUnavailableException or InvalidDataException or FileNotFoundException or FormatException or InvalidOperationException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        foreach (var warning in scan.Warnings)
        {
            error.WriteLine($"warning: {warning.File}: {warning.Reason}");
        }

        var now = TimeProvider.System.GetUtcNow();
        var posts = scan.Posts
            .Where(p => request.All || p.StatusAt(now) == PostStatus.Published)
            .Where(p => request.Category is null || p.Categories.Any(c => CategoryName.AreSame(c, request.Category)))
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(request.Limit ?? int.MaxValue)
            .ToList();
        if (request.Json)
        {
            WriteJson(output, posts, request.All ? now : null);
        }
        else
        {
            WriteText(output, posts, request.All ? now : null);
        }

        return 0;
    }

    private static void WriteJson(TextWriter output, List<Post> posts, DateTimeOffset? statusAt)
    {
        var items = posts.Select(p => new PostJson(p.Id, p.Source, p.GeneratorTitle ?? p.Title, p.Date, p.Categories, p.Tags, p.Link, p.Summary, p.Cover,
            statusAt is { } now ? StatusName(p.StatusAt(now)) : null)).ToList();
        var options = new JsonSerializerOptions(PostsJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var typeInfo = new PostsJsonContext(options).ListPostJson;
        if (!ReferenceEquals(output, Console.Out))
        {
            output.WriteLine(JsonSerializer.Serialize(items, typeInfo));
            return;
        }

        // A big blog is megabytes of JSON: write UTF-8 straight to stdout instead of through a string and back.
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, items, typeInfo);
        stdout.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
    }

    private static void WriteText(TextWriter output, List<Post> posts, DateTimeOffset? statusAt)
    {
        foreach (var post in posts)
        {
            var status = statusAt is { } now ? $"[{StatusName(post.StatusAt(now))}] " : string.Empty;
            var categories = post.Categories.Count > 0 ? $"  ({string.Join(", ", post.Categories)})" : string.Empty;
            output.WriteLine($"{post.Date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}  {status}{post.Title}{categories}");
            output.WriteLine($"    {post.Link}");
        }

        output.WriteLine(posts.Count == 1 ? "1 post" : $"{posts.Count} posts");
    }

    private static string StatusName(PostStatus status) => status.ToString().ToLowerInvariant();

    private sealed record Request(IReadOnlyList<string> ConfigFiles, string? Repo, string? Category, int? Limit, bool Json, bool All);
}
