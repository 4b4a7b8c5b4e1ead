using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Registers post reading: the repository scanner over <see cref="RepositoryLocation.RootPath"/> (<c>Repository:Path</c>, or the clone of <c>Repository:Remote</c>).</summary>
public static class PostsServiceCollectionExtensions
{
    public static IServiceCollection AddPostReading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IPostScanner>(provider =>
        {
            var repository = provider.GetRequiredService<IOptions<RepositoryOptions>>().Value;
            return new PostRepositoryScanner(
                provider.GetRequiredService<RepositoryLocation>().RootPath,
                repository,
                provider.GetRequiredService<IOptions<SummaryOptions>>().Value,
                provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
