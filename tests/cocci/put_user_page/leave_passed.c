// The array goes to a function of another file that releases it.
// report: get_user_pages_fast() in read_into(): leave: the pages go to ceph_put_page_vector(), which may keep or release them
static int read_into(unsigned long addr, int n, struct page **pages)
{
	int got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got > 0) {
		fill_from_osd(pages, got);
		ceph_put_page_vector(pages, got, true);
	}
	return got;
}
