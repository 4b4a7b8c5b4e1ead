using System.ComponentModel.DataAnnotations;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Configuration;

namespace Bot.Configuration;

/// <summary>
/// The <c>Repository</c> and <c>Summary</c> settings as verbs read them: bound from the same layered configuration as
/// the service and validated the same way, with <c>Repository:Path</c> made absolute.
/// </summary>
public sealed record PostReadingSettings(RepositoryOptions Repository, SummaryOptions Summary)
{
    public static PostReadingSettings Load(IConfiguration configuration, string? repositoryOverride)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var repository = new RepositoryOptions();
        configuration.GetSection(RepositoryOptions.SectionName).Bind(repository);
        var summary = new SummaryOptions();
        configuration.GetSection(SummaryOptions.SectionName).Bind(summary);
        if (!string.IsNullOrWhiteSpace(repositoryOverride))
        {
            repository.Path = Path.GetFullPath(repositoryOverride);
        }

        Validate(repository, RepositoryOptions.SectionName);
        Validate(summary, SummaryOptions.SectionName);
        repository.Path = RepositoryRoot(repository);
        return new PostReadingSettings(repository, summary);
    }

    /// <summary>
    /// Settings files already made their relative paths absolute; a relative path left here is the code default or an
    /// environment variable, and resolves against the config folder, so the bot reads the same blog from any folder.
    /// </summary>
    public static string RepositoryRoot(RepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.IsPathRooted(options.Path)
            ? options.Path
            : Path.GetFullPath(Path.Combine(BotConfiguration.FindConfigDirectory(), options.Path));
    }

    private static void Validate(object options, string section)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var reasons = results.Select(r => $"{section}:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}");
            throw new InvalidDataException($"invalid configuration: {string.Join("; ", reasons)}");
        }
    }
}
