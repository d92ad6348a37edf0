namespace Safeguarding.Domain.Reporting;

/// <summary>
/// A place where a published document's own figures disagree, recorded in its data file so that
/// nobody "corrects" the data silently and the tests can assert the disagreement.
/// </summary>
/// <param name="Section">The data file's section, such as "allegations".</param>
/// <param name="Field">The field whose published figure disagrees, such as "publishedMonthlyAverage".</param>
/// <param name="Description">What disagrees with what.</param>
public sealed record DocumentInconsistency(string Section, string Field, string Description);
