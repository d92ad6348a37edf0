namespace Safeguarding.Domain.Import;

/// <summary>
/// A plan file could not be imported. Nothing of the file was imported; <see cref="DataFileException.Errors"/>
/// lists every problem found, each with its file, line, JSON path and what was expected.
/// </summary>
public sealed class PlanFileException : DataFileException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">At least one error.</param>
    public PlanFileException(IReadOnlyList<DataFileError> errors)
        : base(errors, "plan file", "imported", "imported")
    {
    }

    /// <summary>Creates an exception with a message only (for serialisers and tests).</summary>
    public PlanFileException()
        : base("The plan file could not be imported.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PlanFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
