namespace Safeguarding.Domain.Reporting;

/// <summary>One row of an age-by-gender table.</summary>
/// <param name="Age">The age in years.</param>
/// <param name="Male">Boys and young men of that age.</param>
/// <param name="Female">Girls and young women of that age.</param>
public sealed record AgeGenderCount(int Age, int Male, int Female)
{
    /// <summary>Gets the row's total.</summary>
    public int Total => Male + Female;
}
