namespace Safeguarding.Domain;

/// <summary>What happened to a change asked of a case register.</summary>
public enum RegisterChangeStatus
{
    /// <summary>It was stored.</summary>
    Stored = 1,

    /// <summary>Something was wrong; nothing was stored, and each error names its field.</summary>
    Invalid = 2,

    /// <summary>A case with the same reference is already in the register; nothing was stored.</summary>
    AlreadyInRegister = 3,

    /// <summary>The register holds no case with that reference; nothing was stored.</summary>
    NotFound = 4,
}
