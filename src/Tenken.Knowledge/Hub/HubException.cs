namespace Tenken.Knowledge.Hub;

/// <summary>The shared hub cannot be reached or used; the message is Japanese and never contains the password.</summary>
public sealed class HubException(string message, Exception? inner = null) : Exception(message, inner);
