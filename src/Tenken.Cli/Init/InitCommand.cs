using System.CommandLine;
using Tenken.Cli.Shared;
using Tenken.Knowledge.Store;

namespace Tenken.Cli.Init;

/// <summary><c>tenken init FILE [--municipality NAME]</c>: creates an empty project file.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "作成するプロジェクトファイル（例: review.tenken）" };
        var municipality = ProjectOptions.Municipality();
        var command = new Command("init", "点検プロジェクトのファイル（SQLite）を作成します。scan / review / kb の --project に指定します。") { file, municipality };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            try
            {
                using var store = ProjectStore.Create(path, result.GetValue(municipality) ?? "");
                Console.Error.WriteLine($"プロジェクト「{store.Municipality}」を作成しました: {path}（スキーマ {store.SchemaVersion}）");
                return ExitCodes.Ok;
            }
            catch (ProjectStoreException ex)
            {
                throw new UsageException(ex.Message);
            }
        });
        return command;
    }
}
