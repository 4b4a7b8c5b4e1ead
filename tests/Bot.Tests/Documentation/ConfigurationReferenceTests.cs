using System.Reflection;
using Bot.Core.Channels;
using Bot.Core.Posts;

namespace Bot.Tests.Documentation;

/// <summary>Keeps README's configuration reference in step with the options classes.</summary>
public sealed class ConfigurationReferenceTests
{
    public static TheoryData<string> DocumentedKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in OptionKeys())
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedKeys))]
    public void Readme_EverySettingKey_IsInTheConfigurationReference(string key)
    {
        Assert.Contains($"`{key}`", ReadReadme(), StringComparison.Ordinal);
    }

    [Fact]
    public void OptionKeys_AreFoundInBothAssemblies()
    {
        var keys = OptionKeys().ToList();
        Assert.Contains("Repository:Path", keys);
        Assert.Contains("Channels[].Name", keys);
    }

    private static IEnumerable<string> OptionKeys()
    {
        var assemblies = new[] { typeof(Post).Assembly, typeof(Bot.Hosting.BotHost).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            var section = type == typeof(ChannelOptions)
                ? "Channels[]."
                : type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string name ? name + ":" : null;
            if (section is null)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                yield return section + property.Name;
            }
        }
    }

    private static string ReadReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var readme = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return File.ReadAllText(readme);
            }
        }

        throw new FileNotFoundException("README.md not found above the test output folder.");
    }
}
