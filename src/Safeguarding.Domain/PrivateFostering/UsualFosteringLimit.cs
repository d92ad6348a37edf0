namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// The usual fostering limit (Children Act 1989 Sch 7): a person may not foster more than three
/// children (para 2), unless the children are all siblings of each other (para 3) or the local
/// authority where the carer lives has exempted the carer (para 4). Children fostered privately, by a local authority or by a voluntary
/// organisation all count.
/// </summary>
public static class UsualFosteringLimit
{
    /// <summary>The usual fostering limit: three children (Children Act 1989 Sch 7 para 2).</summary>
    public const int Limit = 3;

    /// <summary>Checks a carer against the usual fostering limit.</summary>
    /// <param name="numberOfChildren">How many children the carer fosters, including the one proposed.</param>
    /// <param name="allSiblings">Whether the children are all siblings of each other.</param>
    /// <param name="exemptedByLocalAuthority">Whether the local authority has exempted the carer from the limit for these children.</param>
    /// <returns>The check with its reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numberOfChildren"/> is negative.</exception>
    public static FosteringLimitCheck Check(int numberOfChildren, bool allSiblings = false, bool exemptedByLocalAuthority = false)
    {
        Preconditions.CheckArgumentRange(numberOfChildren, nameof(numberOfChildren), 0, int.MaxValue);
        if (numberOfChildren <= Limit)
        {
            return new(numberOfChildren, false, true, $"{numberOfChildren} children is within the usual fostering limit of three (Children Act 1989 Sch 7 para 2).");
        }
        if (allSiblings)
        {
            return new(numberOfChildren, true, true, $"{numberOfChildren} children is more than three, but they are all siblings, so they may be fostered together (Children Act 1989 Sch 7 para 3).");
        }
        if (exemptedByLocalAuthority)
        {
            return new(numberOfChildren, true, true, $"{numberOfChildren} children is more than three, but the local authority has exempted the carer from the usual fostering limit (Children Act 1989 Sch 7 para 4).");
        }
        return new(numberOfChildren, true, false, $"{numberOfChildren} children is more than the usual fostering limit of three; they are not all siblings and the local authority has not exempted the carer (Children Act 1989 Sch 7 paras 2 to 4).");
    }
}
