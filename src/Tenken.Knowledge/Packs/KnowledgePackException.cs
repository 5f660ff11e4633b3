namespace Tenken.Knowledge.Packs;

/// <summary>A knowledge pack that cannot be read; the message (Japanese) names the file and the place.</summary>
public sealed class KnowledgePackException(string message, Exception? inner = null) : Exception(message, inner);
