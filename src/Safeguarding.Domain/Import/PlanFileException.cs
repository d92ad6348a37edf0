namespace Safeguarding.Domain.Import;

/// <summary>
/// A plan file could not be imported. Nothing of the file was imported; <see cref="Errors"/> lists
/// every problem found, each with its file, line, JSON path and what was expected.
/// </summary>
public sealed class PlanFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">At least one error.</param>
    public PlanFileException(IReadOnlyList<PlanFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a message only (for serialisers and tests).</summary>
    public PlanFileException()
        : this("The plan file could not be imported.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PlanFileException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Gets every problem found in the file.</summary>
    public IReadOnlyList<PlanFileError> Errors { get; }

    private static string Describe(IReadOnlyList<PlanFileError> errors)
    {
        Preconditions.CheckArgument(errors is { Count: > 0 }, nameof(errors), "Expected at least one error.");
        var heading = errors.Count == 1
            ? $"The plan file {errors[0].FileName} could not be imported, so nothing from it was imported:"
            : $"The plan file {errors[0].FileName} has {errors.Count} problems, so nothing from it was imported:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
    }
}
