namespace Safeguarding.Domain.Access;

/// <summary>A register of case-level records, each case under a pseudonymous <see cref="CaseReference"/>.</summary>
public enum CaseRegister
{
    /// <summary>The LADO's allegations register: allegations against people who work with children.</summary>
    Allegations = 1,

    /// <summary>The local authority's private fostering register: arrangements, their notifications and the visits made.</summary>
    PrivateFostering = 2,
}
