using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Bot.Configuration;

/// <summary>
/// One settings file whose replaced lists (see <see cref="ReplacedListLayers"/>) disappear as soon as a later file
/// defines the same list; everything else is passed through unchanged, reloads included.
/// </summary>
public sealed class ListReplacingConfigurationProvider(IConfigurationProvider inner, ReplacedListLayers layers, int position)
    : IConfigurationProvider
{
    public bool TryGet(string key, out string? value)
    {
        if (IsHidden(key))
        {
            value = null;
            return false;
        }

        return inner.TryGet(key, out value);
    }

    public IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) =>
        parentPath is null ? ChildKeysAtRoot(earlierKeys)
        : IsHidden(parentPath) ? earlierKeys
        : inner.GetChildKeys(earlierKeys, parentPath);

    public IChangeToken GetReloadToken() => inner.GetReloadToken();

    public void Load() => inner.Load();

    public void Set(string key, string? value) => inner.Set(key, value);

    public override string ToString() => inner.ToString() ?? nameof(ListReplacingConfigurationProvider);

    private IEnumerable<string> ChildKeysAtRoot(IEnumerable<string> earlierKeys)
    {
        var own = inner.GetChildKeys([], null)
            .Where(key => ReplacedListLayers.ListKeyOf(key) is not { } listKey || !layers.IsReplacedAfter(position, listKey));
        return earlierKeys.Concat(own).Order(ConfigurationKeyComparer.Instance);
    }

    private bool IsHidden(string key) =>
        ReplacedListLayers.ListKeyOf(key) is { } listKey && layers.IsReplacedAfter(position, listKey);
}
