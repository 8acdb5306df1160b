namespace Priorities.Host.Tests.Review;

/// <summary>The review page's browser tests share one <see cref="ReviewBrowser"/>: one server, one chromium.</summary>
[CollectionDefinition(ReviewBrowser.Collection)]
public sealed class SharedReviewBrowser : ICollectionFixture<ReviewBrowser>;
