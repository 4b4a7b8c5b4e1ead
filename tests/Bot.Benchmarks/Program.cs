using System.Globalization;
using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        // `hugo-site DIR [COUNT]` writes the site that the README's whole-process comparison with Hugo runs on.
        if (args is ["hugo-site", var folder, .. var rest])
        {
            var count = rest is [var text] ? int.Parse(text, CultureInfo.InvariantCulture) : 10_000;
            HugoBenchmarkSite.Generate(folder, count);
            Console.WriteLine($"wrote a Hugo site of {count} posts to {Path.GetFullPath(folder)}");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
