namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// An arrangement, proposed or running, for a child to be cared for and accommodated by someone
/// other than a parent: the facts a practitioner records to decide whether the child is privately
/// fostered, and the dates notification and visiting duties run from.
/// </summary>
/// <remarks>
/// The child is identified only by a pseudonymous <see cref="Reference"/>. The date of birth is
/// needed for the age test but never appears in <see cref="ToString"/> or in any reason text.
/// Length is counted in days from <see cref="Start"/> (the day the child arrived) to the day the
/// child left, or to the as-at date: arriving on 1 March and leaving on 29 March is 28 days.
/// </remarks>
public sealed class PrivateFosteringArrangement
{
    /// <summary>Creates an arrangement.</summary>
    /// <param name="reference">The pseudonymous case reference of the child.</param>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <param name="start">The day the child arrives (or is to arrive) to live with the carer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is before <paramref name="dateOfBirth"/>.</exception>
    public PrivateFosteringArrangement(CaseReference reference, LocalDate dateOfBirth, LocalDate start)
    {
        Reference = Preconditions.CheckNotNull(reference);
        Preconditions.CheckArgument(start >= dateOfBirth, nameof(start), "Start date must not be earlier than the child's date of birth.");
        DateOfBirth = dateOfBirth;
        Start = start;
    }

    /// <summary>Gets the pseudonymous case reference of the child.</summary>
    public CaseReference Reference { get; }

    /// <summary>Gets the child's date of birth, used only for the age test.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>Gets a value indicating whether the child is disabled, which raises the age limit from 16 to 18 (Children Act 1989 s66(4)). The default is <c>false</c>.</summary>
    public bool IsDisabled { get; init; }

    /// <summary>Gets the day the child arrives, or is to arrive, to live with the carer.</summary>
    public LocalDate Start { get; }

    /// <summary>
    /// Gets the day the arrangement is intended to end, or <c>null</c> when no end is intended
    /// (open-ended, so intended to last 28 days or more). The default is <c>null</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is before <see cref="Start"/>.</exception>
    public LocalDate? IntendedEnd
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value >= Start, nameof(IntendedEnd), "Intended end date must not be earlier than the start date.");
            field = value;
        }
    }

    /// <summary>Gets the day the child left the carer, or <c>null</c> while the arrangement continues. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentException">The value is before <see cref="Start"/>.</exception>
    public LocalDate? End
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value >= Start, nameof(End), "End date must not be earlier than the start date.");
            field = value;
        }
    }

    /// <summary>Gets who the carer is to the child. The default is <see cref="CarerRelationship.Other"/>.</summary>
    public CarerRelationship CarerRelationship { get; init; }

    /// <summary>Gets how a relative carer is related (full or half blood, marriage, civil partnership), or <c>null</c> when not recorded.</summary>
    public KinshipTie? CarerTie { get; init; }

    /// <summary>Gets a value indicating whether the carer has parental responsibility for the child (such as by a court order). The default is <c>false</c>.</summary>
    public bool CarerHasParentalResponsibility { get; init; }

    /// <summary>Gets where, and on what footing, the child is cared for. The default is <see cref="CareSetting.CarersHome"/>.</summary>
    public CareSetting Setting { get; init; }

    /// <summary>
    /// Gets a value indicating whether the carer looks after the child in a personal capacity, not
    /// in the course of duties for the school, hospital or home named by <see cref="Setting"/> —
    /// such as a host family, or a member of staff, having a boarding pupil in the holidays. The
    /// exemption for that establishment then does not apply (Children Act 1989 Sch 8 para 2(2)).
    /// The default is <c>false</c>.
    /// </summary>
    public bool CaredForInPersonalCapacity { get; init; }

    /// <summary>Gets the day the arrangement was agreed, when it was proposed before it started, or <c>null</c>.</summary>
    public LocalDate? ProposedOn { get; init; }

    /// <summary>Gets the day the local authority became aware of the arrangement, from which the first visit is timed, or <c>null</c>.</summary>
    public LocalDate? AuthorityAwareOn { get; init; }

    /// <summary>Gets the day the local authority was notified of the arrangement, or <c>null</c>.</summary>
    public LocalDate? NotifiedOn { get; init; }

    /// <summary>Gets the day the local authority was notified that the arrangement had ended, or <c>null</c>.</summary>
    public LocalDate? EndNotifiedOn { get; init; }

    /// <summary>
    /// Gets the day the arrangement begins for the visiting duty: for visits it "is deemed to begin
    /// when the local authority become aware of it" (SI 2005/1533 reg 8(6)). That is
    /// <see cref="AuthorityAwareOn"/>, or <see cref="NotifiedOn"/> when that is not recorded, or
    /// <see cref="Start"/> when neither is.
    /// </summary>
    public LocalDate VisitingStart => AuthorityAwareOn ?? NotifiedOn ?? Start;

    /// <summary>Gets the first anniversary of <see cref="VisitingStart"/>, from which visits may be twelve-weekly instead of six-weekly (SI 2005/1533 reg 8(1), 8(6)).</summary>
    public LocalDate FirstAnniversary => VisitingStart.PlusYears(1);

    /// <summary>Gets the arrangement as it stands once the child has left: the same facts, with the day the child left and, when known, the day the authority was told.</summary>
    /// <param name="end">The day the child left.</param>
    /// <param name="endNotifiedOn">The day the authority was notified of the end (SI 2005/1533 reg 10), or <c>null</c> while it has not been.</param>
    /// <returns>A new arrangement.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <see cref="Start"/>.</exception>
    public PrivateFosteringArrangement WithEnd(LocalDate end, LocalDate? endNotifiedOn = null) =>
        new(Reference, DateOfBirth, Start)
        {
            IsDisabled = IsDisabled,
            IntendedEnd = IntendedEnd,
            End = end,
            CarerRelationship = CarerRelationship,
            CarerTie = CarerTie,
            CarerHasParentalResponsibility = CarerHasParentalResponsibility,
            Setting = Setting,
            CaredForInPersonalCapacity = CaredForInPersonalCapacity,
            ProposedOn = ProposedOn,
            AuthorityAwareOn = AuthorityAwareOn,
            NotifiedOn = NotifiedOn,
            EndNotifiedOn = endNotifiedOn,
        };

    /// <summary>Returns the reference and start date; never the child's date of birth.</summary>
    /// <returns>Such as "Private fostering arrangement PF-2016-003 from 1 March 2026".</returns>
    public override string ToString() => $"Private fostering arrangement {Reference} from {DisplayDates.Format(Start)}";
}
