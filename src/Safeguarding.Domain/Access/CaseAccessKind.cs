namespace Safeguarding.Domain.Access;

/// <summary>What someone did with a case record, as the case access log records it.</summary>
public enum CaseAccessKind
{
    /// <summary>The record was shown to them: in a list, on its own, or in a list of visits due.</summary>
    Read = 1,

    /// <summary>They added the record, by hand or from a spreadsheet.</summary>
    Added = 2,

    /// <summary>They changed the record, or recorded a visit on it.</summary>
    Changed = 3,
}
