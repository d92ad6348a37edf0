namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// The tests that decide whether a child is privately fostered (Children Act 1989 s66, s105(1) and
/// Sch 8), so that a screen or a report can say which one decided without matching words.
/// </summary>
public enum PrivateFosteringTest
{
    /// <summary>Under 16, or under 18 if disabled (s66(1)(a), s66(4)).</summary>
    Age = 1,

    /// <summary>Who the carer is: not a parent and not a relative as s105(1) defines it (s66(1)(a)).</summary>
    Carer = 2,

    /// <summary>The carer has no parental responsibility for the child (s66(1)(a)).</summary>
    ParentalResponsibility = 3,

    /// <summary>Cared for 28 days or more, or intended to be (s66(2)).</summary>
    Length = 4,

    /// <summary>No exemption in Sch 8 applies (s66(3)).</summary>
    Exemption = 5,
}
