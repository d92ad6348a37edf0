using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>Maps the registers' domain records to their stored rows and back.</summary>
internal static class CaseRegisterRecordMapper
{
    internal static AllegationCaseRecord ToRecord(AllegationCase allegation) => Fill(new AllegationCaseRecord(), allegation);

    /// <summary>Writes a case's fields over a row (its id is kept).</summary>
    internal static AllegationCaseRecord Fill(AllegationCaseRecord record, AllegationCase allegation)
    {
        record.Reference = allegation.Reference.Value;
        record.AllegationMadeOn = allegation.AllegationMadeOn;
        record.EmployerToldOn = allegation.EmployerToldOn;
        record.ReferredOn = allegation.ReferredOn;
        record.EvaluationOrStrategyMeetingOn = allegation.EvaluationOrStrategyMeetingOn;
        record.ClosedOn = allegation.ClosedOn;
        record.ReferringAgency = allegation.ReferringAgency;
        record.ReferringSector = allegation.ReferringSector.ToString();
        record.EmployerSector = allegation.EmployerSector.ToString();
        record.HarmedOrMayHaveHarmed = allegation.HarmTestLimbs.Contains(HarmTestLimb.HarmedOrMayHaveHarmed);
        record.PossibleCriminalOffence = allegation.HarmTestLimbs.Contains(HarmTestLimb.PossibleCriminalOffence);
        record.MayPoseRiskOfHarm = allegation.HarmTestLimbs.Contains(HarmTestLimb.MayPoseRiskOfHarm);
        record.MayNotBeSuitableToWorkWithChildren = allegation.HarmTestLimbs.Contains(HarmTestLimb.MayNotBeSuitableToWorkWithChildren);
        record.Outcome = allegation.Outcome?.ToString();
        record.IsExceptional = allegation.IsExceptional;
        record.ExceptionalDelayReason = allegation.ExceptionalDelayReason;
        record.ReviewBy = allegation.ReviewBy;
        return record;
    }

    internal static AllegationCase ToCase(AllegationCaseRecord record) =>
        new(new CaseReference(record.Reference), record.ReferredOn)
        {
            AllegationMadeOn = record.AllegationMadeOn,
            EmployerToldOn = record.EmployerToldOn,
            EvaluationOrStrategyMeetingOn = record.EvaluationOrStrategyMeetingOn,
            ClosedOn = record.ClosedOn,
            ReferringAgency = record.ReferringAgency,
            ReferringSector = Enum.Parse<AgencySector>(record.ReferringSector),
            EmployerSector = Enum.Parse<AgencySector>(record.EmployerSector),
            HarmTestLimbs =
            [
                .. record.HarmedOrMayHaveHarmed ? [HarmTestLimb.HarmedOrMayHaveHarmed] : Array.Empty<HarmTestLimb>(),
                .. record.PossibleCriminalOffence ? [HarmTestLimb.PossibleCriminalOffence] : Array.Empty<HarmTestLimb>(),
                .. record.MayPoseRiskOfHarm ? [HarmTestLimb.MayPoseRiskOfHarm] : Array.Empty<HarmTestLimb>(),
                .. record.MayNotBeSuitableToWorkWithChildren ? [HarmTestLimb.MayNotBeSuitableToWorkWithChildren] : Array.Empty<HarmTestLimb>(),
            ],
            Outcome = record.Outcome is null ? null : Enum.Parse<AllegationOutcome>(record.Outcome),
            IsExceptional = record.IsExceptional,
            ExceptionalDelayReason = record.ExceptionalDelayReason,
            ReviewBy = record.ReviewBy,
        };

    internal static PrivateFosteringArrangementRecord ToRecord(PrivateFosteringRecord register)
    {
        var record = Fill(new PrivateFosteringArrangementRecord(), register.Arrangement);
        record.Visits = [.. register.Visits.Select(visit => new PrivateFosteringVisitRecord { Date = visit.Date, ChildSeenAlone = visit.ChildSeenAlone })];
        return record;
    }

    /// <summary>Writes an arrangement's facts over a row (its id and visits are kept).</summary>
    internal static PrivateFosteringArrangementRecord Fill(PrivateFosteringArrangementRecord record, PrivateFosteringArrangement arrangement)
    {
        record.Reference = arrangement.Reference.Value;
        record.DateOfBirth = arrangement.DateOfBirth;
        record.IsDisabled = arrangement.IsDisabled;
        record.Start = arrangement.Start;
        record.IntendedEnd = arrangement.IntendedEnd;
        record.End = arrangement.End;
        record.CarerRelationship = arrangement.CarerRelationship.ToString();
        record.CarerTie = arrangement.CarerTie?.ToString();
        record.CarerHasParentalResponsibility = arrangement.CarerHasParentalResponsibility;
        record.Setting = arrangement.Setting.ToString();
        record.CaredForInPersonalCapacity = arrangement.CaredForInPersonalCapacity;
        record.ProposedOn = arrangement.ProposedOn;
        record.AuthorityAwareOn = arrangement.AuthorityAwareOn;
        record.NotifiedOn = arrangement.NotifiedOn;
        record.EndNotifiedOn = arrangement.EndNotifiedOn;
        return record;
    }

    internal static PrivateFosteringRecord ToRecord(PrivateFosteringArrangementRecord record) =>
        new(new PrivateFosteringArrangement(new CaseReference(record.Reference), record.DateOfBirth, record.Start)
        {
            IsDisabled = record.IsDisabled,
            IntendedEnd = record.IntendedEnd,
            End = record.End,
            CarerRelationship = Enum.Parse<CarerRelationship>(record.CarerRelationship),
            CarerTie = record.CarerTie is null ? null : Enum.Parse<KinshipTie>(record.CarerTie),
            CarerHasParentalResponsibility = record.CarerHasParentalResponsibility,
            Setting = Enum.Parse<CareSetting>(record.Setting),
            CaredForInPersonalCapacity = record.CaredForInPersonalCapacity,
            ProposedOn = record.ProposedOn,
            AuthorityAwareOn = record.AuthorityAwareOn,
            NotifiedOn = record.NotifiedOn,
            EndNotifiedOn = record.EndNotifiedOn,
        }, record.Visits.Select(visit => new PrivateFosteringVisit(visit.Date, visit.ChildSeenAlone)));

    internal static CaseAccessRecord ToRecord(CaseAccess access) => new()
    {
        Register = access.Register.ToString(),
        CaseReference = access.Reference.Value,
        Kind = access.Kind.ToString(),
        UserId = access.UserId,
        Role = access.Role.ToString(),
        At = access.At,
    };

    internal static CaseAccess ToAccess(CaseAccessRecord record) =>
        new(Enum.Parse<CaseRegister>(record.Register), new CaseReference(record.CaseReference), Enum.Parse<CaseAccessKind>(record.Kind), record.UserId,
            Enum.Parse<BoardRole>(record.Role), record.At);
}
