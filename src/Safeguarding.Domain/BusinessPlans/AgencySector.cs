namespace Safeguarding.Domain.BusinessPlans;

/// <summary>The sector a board's member agency belongs to.</summary>
public enum AgencySector
{
    /// <summary>Any other sector.</summary>
    Other = 0,

    /// <summary>A council: children's social care, education services, early help.</summary>
    LocalAuthority = 1,

    /// <summary>NHS trusts, clinical commissioning groups, GPs, public health.</summary>
    Health = 2,

    /// <summary>A police force.</summary>
    Police = 3,

    /// <summary>The probation service.</summary>
    Probation = 4,

    /// <summary>A youth offending service.</summary>
    YouthOffending = 5,

    /// <summary>Schools, colleges and other education establishments.</summary>
    Education = 6,

    /// <summary>The Children and Family Court Advisory and Support Service.</summary>
    Cafcass = 7,

    /// <summary>The voluntary and community sector.</summary>
    Voluntary = 8,

    /// <summary>The board itself or its business unit, when it leads an action.</summary>
    Board = 9,
}
