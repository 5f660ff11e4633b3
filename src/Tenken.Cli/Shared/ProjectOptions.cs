using System.CommandLine;

namespace Tenken.Cli.Shared;

/// <summary>The options every project-aware command shares: --project, --municipality, --hub.</summary>
internal static class ProjectOptions
{
    public static Option<string?> Project(bool required = false) => new("--project", "-p")
    {
        Description = "プロジェクトファイル（SQLite）。判定結果・レビューの判定・実行履歴を保存します",
        Required = required,
    };

    public static Option<string?> Municipality() => new("--municipality", "-m")
    {
        Description = "自治体名（新しいプロジェクトや知識ベースの判定に付ける名前。省略時はプロジェクトの設定）",
    };

    public static Option<string?> Hub() => new("--hub")
    {
        Description = "共有ハブの PostgreSQL（\"Host=…;Username=…;Password=…;Database=…\" または postgres://…）",
    };
}
