namespace Safeguarding.Domain.BusinessPlans;

/// <summary>One dated step of a timescale: "Oct 14 for Education" is due 31 October 2014, for Education.</summary>
/// <param name="DueDate">The day it is due: for a month, its last day.</param>
/// <param name="Purpose">What the milestone is for ("Education"), or <c>null</c> for a plain date.</param>
public sealed record Milestone(LocalDate DueDate, string? Purpose);
