using System.CommandLine;
using Tenken.Ai.Configuration;
using Tenken.Ai.Review;
using Tenken.Cli.Shared;

namespace Tenken.Cli.Scan.Llm;

/// <summary>
/// The --llm options of <c>tenken scan</c>: adds them to the command and, after parsing, builds the LLM stage from
/// tenken.llm.json and the flags (docs/llm.md). Any --llm-* option turns the stage on.
/// </summary>
internal static class LlmScanOptions
{
    public const string DefaultCacheFileName = "tenken-llm-cache.sqlite";

    public static LlmOptionSet AddTo(Command command)
    {
        var set = new LlmOptionSet();
        foreach (var option in set.All)
            command.Options.Add(option);
        return set;
    }

    /// <summary>The LLM stage when asked for, else none; a mistake in the settings is a <see cref="UsageException"/>.</summary>
    public static IEnumerable<IScanStage> Stages(LlmOptionSet o, ParseResult result, ScanSettings scan)
    {
        if (!o.All.Any(option => result.GetResult(option) is { Implicit: false }))
            yield break;
        var settings = Resolve(o, result, scan);
        LlmReviewPipeline pipeline;
        try
        {
            pipeline = new LlmReviewPipelineBuilder { Settings = settings }.Build();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        yield return new LlmScanStage(pipeline);
    }

    private static LlmSettings Resolve(LlmOptionSet o, ParseResult result, ScanSettings scan)
    {
        var settings = new LlmSettings();
        var configPath = result.GetValue(o.Config);
        if (configPath is not null && !File.Exists(configPath))
            throw new UsageException($"LLM 設定ファイル「{configPath}」が見つかりません。");
        configPath ??= File.Exists(LlmConfigFile.DefaultFileName) ? LlmConfigFile.DefaultFileName : null;
        if (configPath is not null)
            settings = LlmConfigFile.Load(configPath, settings, out var error) ?? throw new UsageException(error);

        var cache = result.GetValue(o.NoCache) ? ""
            : result.GetValue(o.Cache) ?? (settings.CachePath.Length > 0 ? settings.CachePath : DefaultCachePath(scan));
        return settings with
        {
            Provider = result.GetValue(o.Provider) ?? settings.Provider,
            Endpoint = result.GetValue(o.Endpoint) ?? settings.Endpoint,
            Model = result.GetValue(o.Model) ?? settings.Model,
            Recall = result.GetValue(o.Recall) || settings.Recall,
            BudgetTokens = result.GetValue(o.Budget) ?? settings.BudgetTokens,
            Concurrency = result.GetValue(o.Concurrency) ?? settings.Concurrency,
            Timeout = result.GetValue(o.Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.Timeout,
            DryRun = result.GetValue(o.DryRun),
            CachePath = cache,
        };
    }

    // Next to the first output, so a rerun into the same folder reuses it; no outputs, no cache.
    private static string DefaultCachePath(ScanSettings scan) => scan.Outputs.Count == 0 ? ""
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scan.Outputs[0])) ?? ".", DefaultCacheFileName);
}
