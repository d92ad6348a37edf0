namespace Safeguarding.Domain;

/// <summary>What is wrong with one field of something submitted, in words the person who typed it understands.</summary>
/// <param name="Field">The field's name, as the submission and its form name it (such as "Statement" or "Ratings[completion]").</param>
/// <param name="Message">What was expected, such as "Enter a progress statement".</param>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>Returns the field and message.</summary>
    /// <returns>Such as "Statement: Enter a progress statement".</returns>
    public override string ToString() => $"{Field}: {Message}";
}
