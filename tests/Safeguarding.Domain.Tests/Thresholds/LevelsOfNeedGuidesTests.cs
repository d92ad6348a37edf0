using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class LevelsOfNeedGuidesTests
{
    [Fact]
    public void Default_Herefordshire_guide_in_the_package_is_the_seed_file()
    {
        var seed = LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.HerefordshireLevelsOfNeed);

        var packaged = LevelsOfNeedGuides.Herefordshire;

        Assert.Equal(seed.Indicators, packaged.Indicators);
        Assert.Equal(seed.Levels.Select(level => (level.Number, level.Name, level.Descriptor)), packaged.Levels.Select(level => (level.Number, level.Name, level.Descriptor)));
    }
}
