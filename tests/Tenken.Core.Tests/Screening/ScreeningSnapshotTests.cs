using System.Globalization;
using System.Text;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Holds the whole result of every fixture case (findings with cue spans, confidence, rules, route and reason;
/// suppressed cues with rule and reason; the 規制根拠) against Fixtures/Screening/results.snapshot, so that a change
/// meant to leave the engine's behaviour alone (rules moved to data, a refactoring) shows any difference at once.
/// The snapshot was first written by the engine before the rules became data. After an intended change of results,
/// rewrite it with TENKEN_UPDATE_SNAPSHOT=1 and review its diff.
/// </summary>
public sealed class ScreeningSnapshotTests
{
    private static string SnapshotPath => Path.Combine(ScreeningFixture.Folder, "results.snapshot");

    public sealed class Screen
    {
        [Fact]
        public void EveryFixtureCaseScreensAsInTheSnapshot()
        {
            var actual = Render(new ScreeningPipelineBuilder().Build());
            if (Environment.GetEnvironmentVariable("TENKEN_UPDATE_SNAPSHOT") == "1")
            {
                var source = Path.Combine(Support.RepoPaths.Root, "tests", "Tenken.Core.Tests", "Fixtures", "Screening", "results.snapshot");
                File.WriteAllText(source, actual);
            }
            Assert.True(File.Exists(SnapshotPath), "Fixtures/Screening/results.snapshot is missing (write it with TENKEN_UPDATE_SNAPSHOT=1)");
            var expected = File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n");
            var first = FirstDifference(expected, actual);
            Assert.True(first is null, $"results differ from the snapshot at:\n{first}");
        }
    }

    private static string Render(ScreeningPipeline pipeline)
    {
        var sb = new StringBuilder();
        foreach (var fixture in ScreeningFixture.ReadAll())
        {
            var article = fixture.ToArticle();
            var result = pipeline.Screen(article, ScreeningFixture.Document(article));
            sb.Append("## ").Append(fixture.File).Append(": ").Append(fixture.Name).Append('\n');
            foreach (var f in result.Findings)
            {
                sb.Append("+ ").Append(f.Category.Code()).Append(' ').Append(f.Confidence.ToString("R", CultureInfo.InvariantCulture))
                    .Append(' ').Append(f.DigitalRoute).Append(' ').Append(string.Join(" ", f.Cues.Select(c => $"「{c.Text}」{c.Start}-{c.End}:{c.RuleId}")))
                    .Append(" [").Append(string.Join(" ", f.Rules)).Append("] ").Append(f.Reason).Append('\n');
            }
            foreach (var s in result.Suppressed)
                sb.Append("- ").Append(s.Category.Code()).Append(" 「").Append(s.Cue.Text).Append("」").Append(s.Cue.Start).Append('-').Append(s.Cue.End)
                    .Append(' ').Append(s.RuleId).Append(' ').Append(s.Reason).Append('\n');
            if (result.Basis is { } basis)
                sb.Append("basis ").Append(basis.Kind).Append(' ').Append(basis.Citation).Append('\n');
        }
        return sb.ToString();
    }

    private static string? FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "(end)";
            var y = i < a.Length ? a[i] : "(end)";
            if (x != y)
                return $"line {i + 1}\n  expected: {x}\n  actual:   {y}";
        }
        return null;
    }
}
