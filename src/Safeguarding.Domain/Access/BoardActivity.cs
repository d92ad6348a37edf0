namespace Safeguarding.Domain.Access;

/// <summary>Something a person may or may not do for the board; <see cref="BoardPermissions"/> decides who may.</summary>
public enum BoardActivity
{
    /// <summary>Read plans, ratings and reports.</summary>
    ReadPlans,

    /// <summary>Record progress on an action (an agency lead only on actions their agency leads).</summary>
    RecordProgress,

    /// <summary>Accept or return a progress update.</summary>
    ReviewProgress,

    /// <summary>Import or revise a plan.</summary>
    ManagePlans,

    /// <summary>Use the practice guides: Levels of Need, "is this private fostering?", the LADO harm test.</summary>
    UsePracticeGuides,

    /// <summary>Read the LADO's aggregate figures.</summary>
    ReadLadoAggregates,

    /// <summary>Read LADO case records.</summary>
    ReadLadoCases,

    /// <summary>Read and write the private fostering register.</summary>
    ManagePrivateFosteringRegister,

    /// <summary>Record, change and import LADO case records (the allegations register).</summary>
    ManageLadoCases,

    /// <summary>Read the private fostering register's yearly figures, which name no child.</summary>
    ReadPrivateFosteringAggregates,
}
