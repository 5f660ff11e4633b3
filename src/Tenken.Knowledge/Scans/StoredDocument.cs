using Tenken.Core.Documents;

namespace Tenken.Knowledge.Scans;

/// <summary>A document of an unchanged file as stored: its snapshot and its articles' results, still encoded.</summary>
public sealed record StoredDocument(byte[] Snapshot, byte[] Results, string AnalysisVersion);

/// <summary>A stored document decoded (off the store's thread); results are null when the analysis version changed.</summary>
public sealed record LoadedDocument(OrdinanceDocument Document, IReadOnlyList<(string Hash, string? Extra, IReadOnlyList<string> Findings)>? Results);
