using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Import;

/// <summary>
/// What a plan file brought in by a person (such as the business unit uploading next year's plan,
/// or a revised one) would do to a store, worked out before anything is stored: the problems in
/// the file (file, line, JSON path and what was expected), or the plan it adds, or the changes it
/// makes to the stored plan of the same key, for the person to confirm.
/// </summary>
/// <remarks>
/// The file's name gives the plan's key (<see cref="PlanFileImporter.KeyFor"/>): a file named as a
/// stored plan revises it, any other name adds a plan. Confirming stores with
/// <see cref="IBusinessPlanRepository.AddAsync"/> or, for a revision,
/// <see cref="IBusinessPlanRepository.ReviseAsync"/> with <see cref="ExpectedRevision"/>, so that a
/// revision stored by someone else in between is refused rather than overwritten.
/// </remarks>
public sealed class PlanFileUpload
{
    /// <summary>The largest plan file read: 5 MB (the largest seed plan is about 0.3 MB).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private PlanFileUpload(string fileName, string key, IReadOnlyList<DataFileError> errors, BusinessPlan? plan, PlanRevision? revision, int expectedRevision)
    {
        FileName = fileName;
        Key = key;
        Errors = errors;
        Plan = plan;
        Revision = revision;
        ExpectedRevision = expectedRevision;
    }

    /// <summary>Gets the file's name, without any folder the browser sent.</summary>
    public string FileName { get; }

    /// <summary>Gets the plan key the file's name gives.</summary>
    public string Key { get; }

    /// <summary>Gets the problems in the file; empty when it can be stored.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    /// <summary>Gets a value indicating whether the file is a valid plan file.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Gets the plan read from the file, or <c>null</c> when it has problems.</summary>
    public BusinessPlan? Plan { get; }

    /// <summary>Gets a value indicating whether the file adds a plan (no stored plan has its key).</summary>
    public bool AddsPlan => IsValid && Revision is null;

    /// <summary>Gets what the file changes in the stored plan of the same key, or <c>null</c> when it adds a plan or has problems.</summary>
    public PlanRevision? Revision { get; }

    /// <summary>Gets the stored plan's <see cref="BusinessPlan.Revision"/> the changes were worked out against, or -1 when the file adds a plan.</summary>
    public int ExpectedRevision { get; }

    /// <summary>Reads a plan file and compares it with the store, storing nothing.</summary>
    /// <param name="repository">The store.</param>
    /// <param name="content">The file's bytes (UTF-8 JSON).</param>
    /// <param name="fileName">The file's name as the browser sent it; any folder is dropped.</param>
    /// <param name="dropActionsWithProgress">Whether the person has chosen to drop actions that have recorded progress. The default is <c>false</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The problems, or the plan it adds, or the changes it makes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> or <paramref name="fileName"/> is <c>null</c>.</exception>
    public static async Task<PlanFileUpload> ReadAsync(IBusinessPlanRepository repository, ReadOnlyMemory<byte> content, string fileName,
        bool dropActionsWithProgress = false, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(repository);
        Preconditions.CheckNotNull(fileName);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var key = name.Length == 0 ? string.Empty : PlanFileImporter.KeyFor(name);
        DataFileError Problem(string message) => new(name.Length == 0 ? "(no file name)" : name, "$", null, message);

        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || key.Length == 0)
        {
            return Failed(name, key, Problem("Expected a plan file: a .json file named after the plan, such as \"hscb-business-plan-2016-17.json\"."));
        }
        if (content.Length == 0)
        {
            return Failed(name, key, Problem("The file is empty: expected a plan file."));
        }
        if (content.Length > MaxFileBytes)
        {
            return Failed(name, key, Problem($"The file is {content.Length / (1024 * 1024.0):0.#} MB: expected a plan file of at most {MaxFileBytes / (1024 * 1024)} MB."));
        }

        BusinessPlan plan;
        try
        {
            plan = PlanFileImporter.Import(content.Span, name);
        }
        catch (PlanFileException exception)
        {
            return new PlanFileUpload(name, key, exception.Errors, null, null, -1);
        }

        var stored = await repository.GetAsync(plan.Key, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? new PlanFileUpload(name, plan.Key, [], plan, null, -1)
            : new PlanFileUpload(name, plan.Key, [], plan, PlanRevision.Compare(stored, plan, dropActionsWithProgress), stored.Revision);
    }

    private static PlanFileUpload Failed(string name, string key, DataFileError error) => new(name, key, [error], null, null, -1);
}
