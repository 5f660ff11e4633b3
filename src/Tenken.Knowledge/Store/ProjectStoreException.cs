namespace Tenken.Knowledge.Store;

/// <summary>A project file that cannot be used (not a Tenken project, from a newer version, unreadable); the message is Japanese.</summary>
public sealed class ProjectStoreException(string message, Exception? inner = null) : Exception(message, inner);
