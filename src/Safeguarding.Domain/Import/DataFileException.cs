namespace Safeguarding.Domain.Import;

/// <summary>
/// A data file (Levels of Need guide, scorecard, annual report figures) could not be read. Nothing
/// of the file was read; <see cref="Errors"/> lists every problem found, each with its file, JSON
/// path and what was expected.
/// </summary>
public class DataFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">At least one error.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public DataFileException(IReadOnlyList<DataFileError> errors)
        : this(errors, "data file", "read", "used")
    {
    }

    /// <summary>Creates the exception for a kind of file, with the words its message uses.</summary>
    /// <param name="errors">At least one error.</param>
    /// <param name="whatTheFileIs">Such as "plan file".</param>
    /// <param name="couldNotBe">Such as "imported".</param>
    /// <param name="nothingWas">Such as "imported".</param>
    protected DataFileException(IReadOnlyList<DataFileError> errors, string whatTheFileIs, string couldNotBe, string nothingWas)
        : base(Describe(errors, whatTheFileIs, couldNotBe, nothingWas))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a standard message only (for serialisers and tests).</summary>
    public DataFileException()
        : this("The data file could not be read.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public DataFileException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Gets every problem found in the file.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    private static string Describe(IReadOnlyList<DataFileError> errors, string whatTheFileIs, string couldNotBe, string nothingWas)
    {
        Preconditions.CheckArgument(errors is { Count: > 0 }, nameof(errors), "Expected at least one error.");
        var heading = errors.Count == 1
            ? $"The {whatTheFileIs} {errors[0].FileName} could not be {couldNotBe}, so nothing from it was {nothingWas}:"
            : $"The {whatTheFileIs} {errors[0].FileName} has {errors.Count} problems, so nothing from it was {nothingWas}:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
    }
}
