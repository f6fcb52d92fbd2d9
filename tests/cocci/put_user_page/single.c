// One page, read through a kernel mapping, as SGX's EADD does.
// report: get_user_pages() in add_page(): convert to pin_user_pages*() and unpin_user_page*()
static int add_page(unsigned long src, void *dst)
{
	struct page *src_page;
	void *p;
	int ret;

	ret = get_user_pages(src, 1, 0, &src_page, NULL);
	if (ret < 1)
		return -EFAULT;
	p = kmap_atomic(src_page);
	memcpy(dst, p, PAGE_SIZE);
	kunmap_atomic(p);
	put_page(src_page);
	return 0;
}
