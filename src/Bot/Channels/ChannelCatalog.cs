using System.Text.Json;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Bot.Channels;

/// <summary>
/// The channels from the <c>Channels</c> settings, kept current while the service runs: each settings reload is read
/// and validated; a valid, different list replaces <see cref="Current"/> and raises <see cref="Changed"/>, an invalid
/// one is rejected with one log line and the last good list stays.
/// </summary>
public sealed class ChannelCatalog : IChannelCatalog, IDisposable
{
    private readonly IConfiguration configuration;
    private readonly ILogger<ChannelCatalog> logger;
    private readonly IDisposable reloadRegistration;
    private readonly Lock gate = new();
    private IReadOnlyList<ChannelOptions> current;
    private string currentFingerprint;
    private string? lastRejection;

    public ChannelCatalog(IConfiguration configuration, ILogger<ChannelCatalog> logger)
    {
        this.configuration = configuration;
        this.logger = logger;
        var initial = ChannelListReader.Read(configuration);
        if (initial.IsValid)
        {
            current = initial.Channels;
        }
        else
        {
            current = [];
            lastRejection = string.Join(" ", initial.Errors);
            ChannelCatalogLog.InitialListInvalid(logger, lastRejection);
        }

        currentFingerprint = Fingerprint(current);
        reloadRegistration = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    public IReadOnlyList<ChannelOptions> Current => Volatile.Read(ref current);

    public event Action<IReadOnlyList<ChannelOptions>>? Changed;

    public void Dispose() => reloadRegistration.Dispose();

    private void Reload()
    {
        IReadOnlyList<ChannelOptions> replacement;
        lock (gate)
        {
            var read = ChannelListReader.Read(configuration);
            if (!read.IsValid)
            {
                var rejection = string.Join(" ", read.Errors);
                if (rejection != lastRejection)
                {
                    lastRejection = rejection;
                    ChannelCatalogLog.EditRejected(logger, current.Count, rejection);
                }

                return;
            }

            lastRejection = null;
            var fingerprint = Fingerprint(read.Channels);
            if (fingerprint == currentFingerprint)
            {
                return;
            }

            currentFingerprint = fingerprint;
            replacement = read.Channels;
            Volatile.Write(ref current, replacement);
        }

        ChannelCatalogLog.Replaced(logger, replacement.Count, string.Join(", ", replacement.Select(c => c.Name)));
        // Each subscriber on its own: one that throws must not keep the change from the others.
        foreach (var subscriber in Changed?.GetInvocationList().Cast<Action<IReadOnlyList<ChannelOptions>>>() ?? [])
        {
            try
            {
                subscriber(replacement);
            }
            catch (Exception ex)
            {
                ChannelCatalogLog.SubscriberFailed(logger, ex);
            }
        }
    }

    /// <summary>Settings files are often saved twice in a row; an unchanged list is not a change.</summary>
    private static string Fingerprint(IReadOnlyList<ChannelOptions> channels) => JsonSerializer.Serialize(channels);
}
