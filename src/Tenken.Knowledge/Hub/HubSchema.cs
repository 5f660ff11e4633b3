namespace Tenken.Knowledge.Hub;

/// <summary>
/// The hub's schema (PostgreSQL schema <c>tenken</c>) as ordered migrations; table <c>tenken.schema_version</c>
/// records what is applied. One row per decision, kept apart by municipality and readable by all.
/// </summary>
internal static class HubSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE tenken.kb_entries (
            municipality   text NOT NULL,
            entry_key      text NOT NULL,
            article_key    text NOT NULL,
            document_title text NOT NULL,
            article_title  text NOT NULL,
            text           text NOT NULL,
            categories     text[] NOT NULL,
            verdict        text NOT NULL CHECK (verdict IN ('該当', '非該当', '要検討')),
            direction      text NOT NULL,
            reason         text NOT NULL,
            reviewer       text NOT NULL,
            decided_at     timestamptz NOT NULL,
            origin         text NOT NULL,
            updated_at     timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (municipality, entry_key));
        """,
    ];
}
