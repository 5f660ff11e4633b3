namespace Tenken.Cli.Shared;

/// <summary>Thrown by a command for a mistake in how it was called (bad option value); exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
