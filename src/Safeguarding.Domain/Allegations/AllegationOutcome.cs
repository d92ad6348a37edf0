namespace Safeguarding.Domain.Allegations;

/// <summary>The outcome of an allegation, with the definitions of Keeping Children Safe in Education Part 4.</summary>
public enum AllegationOutcome
{
    /// <summary>Substantiated: there is sufficient evidence to prove the allegation.</summary>
    Substantiated = 1,

    /// <summary>Malicious: there is sufficient evidence to disprove the allegation and there has been a deliberate act to deceive.</summary>
    Malicious = 2,

    /// <summary>False: there is sufficient evidence to disprove the allegation.</summary>
    False = 3,

    /// <summary>Unsubstantiated: there is insufficient evidence either to prove or disprove the allegation; the term does not imply guilt or innocence.</summary>
    Unsubstantiated = 4,

    /// <summary>Unfounded: there is no evidence or proper basis which supports the allegation being made.</summary>
    Unfounded = 5,
}
