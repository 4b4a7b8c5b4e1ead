using System.ComponentModel.DataAnnotations;
using Bot.Core.Repository;
using Bot.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Configuration;

namespace Bot.Configuration;

/// <summary>
/// The <c>Repository</c> and <c>Summary</c> settings as verbs read them: bound from the same layered configuration as
/// the service and validated the same way, with <c>Repository:Path</c> replaced by the folder the service reads
/// (<see cref="RepositoryLocation"/>: the path, or the clone of <c>Repository:Remote</c>); <c>--repo</c> wins over both.
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
            repository.Remote = null;
        }

        Validate(repository, RepositoryOptions.SectionName);
        Validate(summary, SummaryOptions.SectionName);
        repository.Path = RepositoryLocation.FromSettings(repository, configuration, BotConfiguration.ApplicationRoot, BotConfiguration.FindConfigDirectory()).RootPath;
        return new PostReadingSettings(repository, summary);
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
