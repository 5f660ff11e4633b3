using System.Text.Json;
using Tenken.Core.Tests.Screening;

namespace Tenken.Core.Tests.Drafting;

/// <summary>The real 改め文 of ../shared/data/aratamebun (read there, never copied): one record per sentence.</summary>
internal sealed record RealSentence(string City, string Target, string Sentence)
{
    /// <summary>The four cities STYLE.md counts its table over (大和市 aside).</summary>
    public bool InStyleTable => City != "大和市";

    public static IReadOnlyList<RealSentence> Load(string file = "sentences.jsonl")
    {
        var path = SharedData.Path("aratamebun", file);
        var list = new List<RealSentence>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            list.Add(new RealSentence(root.GetProperty("city").GetString()!, root.GetProperty("target_title").GetString()!, root.GetProperty("sentence").GetString()!));
        }
        return list;
    }
}
