namespace Safeguarding.Domain;

/// <summary>Checks shared by the registers' repositories on what they are asked to add.</summary>
public static class RegisterBatch
{
    /// <summary>Checks that records to be added together each have a reference of their own.</summary>
    /// <typeparam name="T">The kind of record.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="reference">Gets a record's reference.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Two records share a reference.</exception>
    public static void CheckDistinct<T>(IReadOnlyList<T> records, Func<T, CaseReference> reference)
        where T : class
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(reference);
        var repeated = records.Select(record => reference(Preconditions.CheckNotNull(record))).GroupBy(value => value).Where(group => group.Count() > 1).Select(group => group.Key.Value).ToList();
        Preconditions.CheckArgument(repeated.Count == 0, nameof(records), $"Expected each case reference once, but found more than one case with {string.Join(", ", repeated)}.");
    }
}
