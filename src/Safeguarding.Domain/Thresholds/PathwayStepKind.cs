namespace Safeguarding.Domain.Thresholds;

/// <summary>The kinds of step on a Levels of Need response pathway, so that widgets can mark them.</summary>
public enum PathwayStepKind
{
    /// <summary>Any other step.</summary>
    Other = 0,

    /// <summary>Signpost to universal services or information, such as Herefordshire's WISH.</summary>
    Signpost = 1,

    /// <summary>Complete the pre-assessment checklist.</summary>
    PreAssessmentChecklist = 2,

    /// <summary>Consider or complete an early help assessment (the Common Assessment Framework, CAF).</summary>
    EarlyHelpAssessment = 3,

    /// <summary>Identify a lead professional.</summary>
    LeadProfessional = 4,

    /// <summary>Early triage by a multi-agency group (Herefordshire's MAG).</summary>
    EarlyTriage = 5,

    /// <summary>Refer to the multi-agency safeguarding hub (MASH) or children's social care.</summary>
    Referral = 6,

    /// <summary>Assessment by children's social care: a child in need (section 17) or child protection enquiry (section 47).</summary>
    SocialCareAssessment = 7,
}
