using System.CommandLine;
using Tenken.Ai.Configuration;

namespace Tenken.Cli.Scan.Llm;

/// <summary>The parsed-option handles of the --llm flags, kept to read their values after parsing.</summary>
internal sealed class LlmOptionSet
{
    public Option<bool> Enable { get; } = new("--llm") { Description = "言語モデルで候補を再判定する（設定は tenken.llm.json またはオプション。docs/llm.md）" };
    public Option<string?> Config { get; } = new("--llm-config") { Description = "LLM 設定ファイル（既定: カレントフォルダの tenken.llm.json）" };
    public Option<LlmProvider?> Provider { get; } = new("--llm-provider") { Description = "接続先の種類: OpenAi（Ollama・vLLM・llama.cpp・LM Studio など OpenAI 互換）、Azure、Dify" };
    public Option<string?> Endpoint { get; } = new("--llm-endpoint") { Description = "LLM の URL（例: http://127.0.0.1:11434/v1）。キーは環境変数 TENKEN_LLM_API_KEY" };
    public Option<string?> Model { get; } = new("--llm-model") { Description = "モデル名（Azure はデプロイ名）" };
    public Option<bool> Recall { get; } = new("--llm-recall") { Description = "規則で除外された弱い手がかりのある条も LLM に見せる" };
    public Option<long?> Budget { get; } = new("--llm-budget-tokens") { Description = "1 回の実行で使うトークンの上限。超えたら呼び出しを止め、残りは「予算超過」とする" };
    public Option<string?> Cache { get; } = new("--llm-cache") { Description = $"LLM 応答のキャッシュファイル（SQLite。既定: 出力ファイルと同じフォルダの {LlmScanOptions.DefaultCacheFileName}）" };
    public Option<bool> NoCache { get; } = new("--llm-no-cache") { Description = "LLM 応答のキャッシュを使わない" };
    public Option<int?> Concurrency { get; } = new("--llm-concurrency") { Description = "同時に送る要求の数（既定 2）" };
    public Option<double?> Timeout { get; } = new("--llm-timeout") { Description = "1 回の要求の時間切れ（秒、既定 120）" };
    public Option<bool> DryRun { get; } = new("--llm-dry-run") { Description = "送信せずに呼び出し回数とトークン数を見積もる" };

    public IReadOnlyList<Option> All => [Enable, Config, Provider, Endpoint, Model, Recall, Budget, Cache, NoCache, Concurrency, Timeout, DryRun];
}
