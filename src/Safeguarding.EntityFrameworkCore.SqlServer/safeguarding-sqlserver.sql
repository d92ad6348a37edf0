IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [BusinessPlans] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(200) NOT NULL,
        [Title] nvarchar(max) NOT NULL,
        [Version] nvarchar(max) NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [PriorityTerm] nvarchar(max) NOT NULL,
        [ReportingCycleDays] int NOT NULL,
        [RequiresAcceptance] bit NOT NULL,
        [Source] nvarchar(max) NULL,
        [BoardName] nvarchar(max) NOT NULL,
        [BoardJson] nvarchar(max) NOT NULL,
        [RagSchemeJson] nvarchar(max) NOT NULL,
        [SourceReferencesJson] nvarchar(max) NOT NULL,
        [AimsJson] nvarchar(max) NOT NULL,
        [OutcomeMeasuresJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_BusinessPlans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [ActionAreas] (
        [Id] int NOT NULL IDENTITY,
        [BusinessPlanId] int NOT NULL,
        [Position] int NOT NULL,
        [PriorityNumber] nvarchar(max) NOT NULL,
        [Ref] nvarchar(450) NOT NULL,
        [Title] nvarchar(max) NOT NULL,
        [Driver] nvarchar(max) NULL,
        [ReviewPlanPointsJson] nvarchar(max) NOT NULL,
        [MonitoredBy] nvarchar(max) NULL,
        [StrategicOversight] nvarchar(max) NULL,
        [ExpectedImpact] nvarchar(max) NULL,
        CONSTRAINT [PK_ActionAreas] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionAreas_BusinessPlans_BusinessPlanId] FOREIGN KEY ([BusinessPlanId]) REFERENCES [BusinessPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [PlanActions] (
        [Id] int NOT NULL IDENTITY,
        [BusinessPlanId] int NOT NULL,
        [PlanKey] nvarchar(200) NOT NULL,
        [Position] int NOT NULL,
        [Ref] nvarchar(450) NOT NULL,
        [RefAssigned] bit NOT NULL,
        [PriorityNumber] nvarchar(max) NOT NULL,
        [ActionAreaRef] nvarchar(max) NULL,
        [ActionText] nvarchar(max) NULL,
        [StepsJson] nvarchar(max) NOT NULL,
        [DesiredOutcome] nvarchar(max) NULL,
        [LeadText] nvarchar(max) NOT NULL,
        [LeadAgencyName] nvarchar(450) NULL,
        [LeadOfficer] nvarchar(max) NULL,
        [TimescaleText] nvarchar(max) NOT NULL,
        [DueDate] date NULL,
        [CompletedOn] date NULL,
        [Monitoring] nvarchar(max) NULL,
        [SourceNotesJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_PlanActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanActions_BusinessPlans_BusinessPlanId] FOREIGN KEY ([BusinessPlanId]) REFERENCES [BusinessPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [Priorities] (
        [Id] int NOT NULL IDENTITY,
        [BusinessPlanId] int NOT NULL,
        [Position] int NOT NULL,
        [Number] nvarchar(450) NOT NULL,
        [Title] nvarchar(max) NOT NULL,
        [DevelopmentPrioritiesJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Priorities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Priorities_BusinessPlans_BusinessPlanId] FOREIGN KEY ([BusinessPlanId]) REFERENCES [BusinessPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [ProgressReviews] (
        [Id] int NOT NULL IDENTITY,
        [PlanActionId] int NOT NULL,
        [Sequence] int NOT NULL,
        [UpdateNumber] int NOT NULL,
        [Outcome] nvarchar(20) NOT NULL,
        [Comment] nvarchar(max) NULL,
        [ReviewedByUserId] nvarchar(max) NOT NULL,
        [ReviewedByDisplayName] nvarchar(max) NOT NULL,
        [ReviewedByAgency] nvarchar(max) NULL,
        [ReviewedByRole] nvarchar(40) NOT NULL,
        [ReviewedAt] bigint NOT NULL,
        CONSTRAINT [PK_ProgressReviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressReviews_PlanActions_PlanActionId] FOREIGN KEY ([PlanActionId]) REFERENCES [PlanActions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE TABLE [ProgressUpdates] (
        [Id] int NOT NULL IDENTITY,
        [PlanActionId] int NOT NULL,
        [Sequence] int NOT NULL,
        [AsAt] date NOT NULL,
        [Statement] nvarchar(max) NULL,
        [RatingsJson] nvarchar(max) NOT NULL,
        [MarkedComplete] bit NOT NULL,
        [AdditionalWork] nvarchar(max) NULL,
        [ImpactSoFar] nvarchar(max) NULL,
        [ReportedBy] nvarchar(max) NULL,
        [CompletedOn] date NULL,
        [MilestonesMetJson] nvarchar(max) NOT NULL,
        [RecordedByUserId] nvarchar(max) NULL,
        [RecordedByDisplayName] nvarchar(max) NULL,
        [RecordedByAgency] nvarchar(max) NULL,
        [RecordedByRole] nvarchar(40) NULL,
        [RecordedAt] bigint NULL,
        [Corrects] int NULL,
        [IdempotencyKey] nvarchar(450) NULL,
        CONSTRAINT [PK_ProgressUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressUpdates_PlanActions_PlanActionId] FOREIGN KEY ([PlanActionId]) REFERENCES [PlanActions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ActionAreas_BusinessPlanId_Ref] ON [ActionAreas] ([BusinessPlanId], [Ref]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BusinessPlans_Key] ON [BusinessPlans] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlanActions_BusinessPlanId] ON [PlanActions] ([BusinessPlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlanActions_DueDate] ON [PlanActions] ([DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlanActions_LeadAgencyName] ON [PlanActions] ([LeadAgencyName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanActions_PlanKey_Ref] ON [PlanActions] ([PlanKey], [Ref]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Priorities_BusinessPlanId_Number] ON [Priorities] ([BusinessPlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgressReviews_PlanActionId_Sequence] ON [ProgressReviews] ([PlanActionId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ProgressUpdates_PlanActionId_IdempotencyKey] ON [ProgressUpdates] ([PlanActionId], [IdempotencyKey]) WHERE [IdempotencyKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgressUpdates_PlanActionId_Sequence] ON [ProgressUpdates] ([PlanActionId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127100738_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127100738_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127112728_PlanLifecycle'
)
BEGIN
    ALTER TABLE [BusinessPlans] ADD [ArchivedAt] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127112728_PlanLifecycle'
)
BEGIN
    ALTER TABLE [BusinessPlans] ADD [Revision] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127112728_PlanLifecycle'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127112728_PlanLifecycle', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE TABLE [AllegationCases] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(40) NOT NULL,
        [AllegationMadeOn] date NULL,
        [EmployerToldOn] date NULL,
        [ReferredOn] date NOT NULL,
        [EvaluationOrStrategyMeetingOn] date NULL,
        [ClosedOn] date NULL,
        [ReferringAgency] nvarchar(200) NULL,
        [ReferringSector] nvarchar(60) NOT NULL,
        [EmployerSector] nvarchar(60) NOT NULL,
        [HarmedOrMayHaveHarmed] bit NOT NULL,
        [PossibleCriminalOffence] bit NOT NULL,
        [MayPoseRiskOfHarm] bit NOT NULL,
        [MayNotBeSuitableToWorkWithChildren] bit NOT NULL,
        [Outcome] nvarchar(60) NULL,
        [IsExceptional] bit NOT NULL,
        [ExceptionalDelayReason] nvarchar(500) NULL,
        [ReviewBy] date NULL,
        CONSTRAINT [PK_AllegationCases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE TABLE [CaseAccessLog] (
        [Id] bigint NOT NULL IDENTITY,
        [Register] nvarchar(60) NOT NULL,
        [CaseReference] nvarchar(40) NOT NULL,
        [Kind] nvarchar(60) NOT NULL,
        [UserId] nvarchar(200) NOT NULL,
        [Role] nvarchar(60) NOT NULL,
        [At] bigint NOT NULL,
        CONSTRAINT [PK_CaseAccessLog] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE TABLE [PrivateFosteringArrangements] (
        [Id] int NOT NULL IDENTITY,
        [Reference] nvarchar(40) NOT NULL,
        [DateOfBirth] date NOT NULL,
        [IsDisabled] bit NOT NULL,
        [Start] date NOT NULL,
        [IntendedEnd] date NULL,
        [End] date NULL,
        [CarerRelationship] nvarchar(60) NOT NULL,
        [CarerTie] nvarchar(60) NULL,
        [CarerHasParentalResponsibility] bit NOT NULL,
        [Setting] nvarchar(60) NOT NULL,
        [CaredForInPersonalCapacity] bit NOT NULL,
        [ProposedOn] date NULL,
        [AuthorityAwareOn] date NULL,
        [NotifiedOn] date NULL,
        [EndNotifiedOn] date NULL,
        CONSTRAINT [PK_PrivateFosteringArrangements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE TABLE [PrivateFosteringVisits] (
        [Id] int NOT NULL IDENTITY,
        [ArrangementId] int NOT NULL,
        [Date] date NOT NULL,
        [ChildSeenAlone] bit NOT NULL,
        CONSTRAINT [PK_PrivateFosteringVisits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PrivateFosteringVisits_PrivateFosteringArrangements_ArrangementId] FOREIGN KEY ([ArrangementId]) REFERENCES [PrivateFosteringArrangements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AllegationCases_Reference] ON [AllegationCases] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE INDEX [IX_AllegationCases_ReferredOn] ON [AllegationCases] ([ReferredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE INDEX [IX_CaseAccessLog_Register_CaseReference] ON [CaseAccessLog] ([Register], [CaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrivateFosteringArrangements_Reference] ON [PrivateFosteringArrangements] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrivateFosteringVisits_ArrangementId_Date] ON [PrivateFosteringVisits] ([ArrangementId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127123016_CaseRegisters'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127123016_CaseRegisters', N'10.0.15');
END;

COMMIT;
GO

