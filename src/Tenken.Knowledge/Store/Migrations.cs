namespace Tenken.Knowledge.Store;

/// <summary>
/// The project store's schema as an ordered list of migrations; <c>PRAGMA user_version</c> holds the number of
/// migrations applied. Append new steps, never edit a released one. Documented in docs/project-store.md.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: the first schema.
        """
        CREATE TABLE project (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE runs (
            id               INTEGER PRIMARY KEY,
            started_at       TEXT NOT NULL,
            finished_at      TEXT,
            status           TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted')),
            tool_version     TEXT NOT NULL,
            analysis_version TEXT NOT NULL,
            inputs           TEXT NOT NULL,
            articles         INTEGER NOT NULL DEFAULT 0,
            screened         INTEGER NOT NULL DEFAULT 0,
            reused           INTEGER NOT NULL DEFAULT 0,
            added            INTEGER NOT NULL DEFAULT 0,
            changed          INTEGER NOT NULL DEFAULT 0,
            removed          INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE sources (
            path         TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            read_version TEXT NOT NULL,
            run_id       INTEGER NOT NULL);
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            source_path  TEXT NOT NULL,
            position     INTEGER NOT NULL,
            title        TEXT NOT NULL,
            kind         TEXT NOT NULL,
            number       TEXT,
            format       TEXT NOT NULL,
            content_hash     TEXT NOT NULL,
            analysis_version TEXT NOT NULL,
            snapshot         BLOB NOT NULL,
            results          BLOB NOT NULL,
            run_id           INTEGER NOT NULL);
        CREATE INDEX documents_source ON documents (source_path, position);
        CREATE TABLE articles (
            key                 TEXT PRIMARY KEY,
            document_id         TEXT NOT NULL,
            title               TEXT NOT NULL,
            caption             TEXT,
            text                TEXT NOT NULL,
            text_hash           TEXT NOT NULL,
            analysis_version    TEXT NOT NULL,
            screened_run        INTEGER NOT NULL,
            extra               TEXT,
            categories          TEXT NOT NULL,
            baseline_hash       TEXT,
            baseline_categories TEXT);
        CREATE INDEX articles_document ON articles (document_id);
        CREATE TABLE findings (
            id          TEXT PRIMARY KEY,
            article_key TEXT NOT NULL,
            category    TEXT NOT NULL,
            confidence  REAL NOT NULL,
            body        TEXT NOT NULL);
        CREATE INDEX findings_article ON findings (article_key);
        CREATE TABLE model_answers (
            finding_id       TEXT PRIMARY KEY,
            text_hash        TEXT NOT NULL,
            analysis_version TEXT NOT NULL,
            status           TEXT NOT NULL,
            model            TEXT NOT NULL,
            body             TEXT NOT NULL,
            answered_at      TEXT NOT NULL,
            run_id           INTEGER NOT NULL);
        CREATE TABLE decisions (
            id          INTEGER PRIMARY KEY,
            finding_id  TEXT NOT NULL,
            article_key TEXT NOT NULL,
            verdict     TEXT NOT NULL CHECK (verdict IN ('該当', '非該当', '要検討')),
            reviewer    TEXT NOT NULL,
            note        TEXT NOT NULL,
            decided_at  TEXT NOT NULL,
            text_hash   TEXT NOT NULL,
            source      TEXT NOT NULL);
        CREATE INDEX decisions_finding ON decisions (finding_id, id);
        CREATE TABLE kb_entries (
            municipality   TEXT NOT NULL,
            entry_key      TEXT NOT NULL,
            article_key    TEXT NOT NULL,
            document_title TEXT NOT NULL,
            article_title  TEXT NOT NULL,
            text           TEXT NOT NULL,
            categories     TEXT NOT NULL,
            verdict        TEXT NOT NULL,
            direction      TEXT NOT NULL,
            reason         TEXT NOT NULL,
            reviewer       TEXT NOT NULL,
            decided_at     TEXT NOT NULL,
            origin         TEXT NOT NULL,
            PRIMARY KEY (municipality, entry_key));
        """,
    ];
}
