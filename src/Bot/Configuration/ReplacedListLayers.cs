using Microsoft.Extensions.Configuration;

namespace Bot.Configuration;

/// <summary>
/// The settings files of one configuration, in layer order. For a key in <see cref="ReplacedListKeys"/>, only the last
/// file that defines it contributes: plain .NET configuration merges arrays index by index, which would mix an admin's
/// one-channel list with the first entry of the shipped defaults.
/// </summary>
public sealed class ReplacedListLayers
{
    /// <summary>Settings whose value is a list that a later file replaces as a whole.</summary>
    public static readonly IReadOnlyList<string> ReplacedListKeys = ["Channels"];

    private readonly List<IConfigurationProvider> layers = [];

    /// <summary>Adds the next layer and returns its position.</summary>
    public int Add(IConfigurationProvider provider)
    {
        lock (layers)
        {
            layers.Add(provider);
            return layers.Count - 1;
        }
    }

    /// <summary>The replaced-list key that <paramref name="key"/> falls under, or null.</summary>
    public static string? ListKeyOf(string key)
    {
        foreach (var listKey in ReplacedListKeys)
        {
            if (key.Equals(listKey, StringComparison.OrdinalIgnoreCase)
                || (key.Length > listKey.Length && key[listKey.Length] == ':'
                    && key.StartsWith(listKey, StringComparison.OrdinalIgnoreCase)))
            {
                return listKey;
            }
        }

        return null;
    }

    /// <summary>True when a layer after <paramref name="position"/> defines <paramref name="listKey"/>.</summary>
    public bool IsReplacedAfter(int position, string listKey)
    {
        IConfigurationProvider[] later;
        lock (layers)
        {
            later = [.. layers.Skip(position + 1)];
        }

        return later.Any(layer => Defines(layer, listKey));
    }

    private static bool Defines(IConfigurationProvider layer, string listKey) =>
        layer.TryGet(listKey, out _) || layer.GetChildKeys([], listKey).Any();
}
