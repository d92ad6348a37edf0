namespace Safeguarding.Domain.Tests;

/// <summary>Tests that measure the whole process (allocation, a process-wide count of changes) and so run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Run alone";
}
