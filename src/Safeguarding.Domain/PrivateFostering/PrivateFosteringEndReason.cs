namespace Safeguarding.Domain.PrivateFostering;

/// <summary>Why a child stopped being privately fostered, after which no visit is due. Part of a <see cref="VisitAssessment"/>.</summary>
public enum PrivateFosteringEndReason
{
    /// <summary>The arrangement ended: the child left the carer.</summary>
    ArrangementEnded = 1,

    /// <summary>The child reached the upper age limit: 16, or 18 if disabled (Children Act 1989 s66(1)(a), s66(4)).</summary>
    AgeLimitReached = 2,
}
