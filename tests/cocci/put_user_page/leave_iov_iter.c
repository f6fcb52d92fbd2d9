// Every iov_iter_get_pages*() call is for review by hand.
// report: iov_iter_get_pages2() in grab_iter(): review by hand: pin only where every release can tell pins from references
static ssize_t grab_iter(struct iov_iter *i, struct page **pages, size_t max)
{
	size_t start;

	return iov_iter_get_pages2(i, pages, max, 16, &start);
}
