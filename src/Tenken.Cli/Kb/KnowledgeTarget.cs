using Tenken.Cli.Shared;
using Tenken.Knowledge.Hub;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;

namespace Tenken.Cli.Kb;

/// <summary>Opens the knowledge base a kb command works on: the project file (--project) or the shared hub (--hub).</summary>
internal static class KnowledgeTarget
{
    public static (IKnowledgeBase Base, string OwnMunicipality) Open(string? project, string? hub, string? municipality)
    {
        if (project is null == hub is null)
            throw new UsageException("--project（プロジェクトファイル）か --hub（共有ハブ）のどちらか一方を指定してください。");
        try
        {
            if (hub is not null)
                return (PostgresHub.Connect(hub), municipality ?? "");
            var store = ProjectStore.Open(project!);
            return (new ProjectKnowledgeBase(store, ownsStore: true), municipality ?? store.Municipality);
        }
        catch (ProjectStoreException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (HubException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
